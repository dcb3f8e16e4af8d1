/**
 * Incident pages and API: lists, an incident with its victims, editing (analysts), the map by
 * governorate and the timeline, persons' statuses, the evidence dossier. Handlers translate
 * requests and call the use cases of {@code org.sijil.app.incidents} through {@link
 * org.sijil.server.incidents.IncidentSite}.
 */
package org.sijil.server.incidents;
