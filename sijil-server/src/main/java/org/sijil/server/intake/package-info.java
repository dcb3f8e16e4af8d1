/**
 * Field intake on the server (issue 17, docs/intake.md): the offline report form (a service worker
 * and an IndexedDB queue in hand-written JavaScript), its idempotent submission endpoint, the
 * analysts' queue page and the "reported by family" section of public person pages. The use cases
 * are in {@code org.sijil.app.intake}; this package translates requests only.
 */
package org.sijil.server.intake;
