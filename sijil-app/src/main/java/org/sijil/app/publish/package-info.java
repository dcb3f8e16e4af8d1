/**
 * Use case: publish the register — read the stored results of import, link and estimate runs into a
 * {@link org.sijil.app.publish.PublishSnapshot.Snapshot} for the server, and explain links on
 * demand.
 */
package org.sijil.app.publish;
