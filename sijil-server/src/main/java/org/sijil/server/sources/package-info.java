/**
 * The sources page: every source of the register with its English and Arabic display names, and the
 * analysts' form that sets them ({@code org.sijil.app.sources.NameSource}).
 */
package org.sijil.server.sources;
