/**
 * Use cases of incidents and grading: importing incident files ({@link
 * org.sijil.app.incidents.ImportIncidents}), editing ({@link
 * org.sijil.app.incidents.EditIncident}), reading ({@link
 * org.sijil.app.incidents.IncidentQueries}), linking victims ({@link
 * org.sijil.app.incidents.LinkVictims}), grading persons ({@link
 * org.sijil.app.incidents.GradePersons}) and the evidence dossier ({@link
 * org.sijil.app.incidents.ExportDossier}). Every change is stored with its log entry in one
 * transaction, with its actor.
 */
package org.sijil.app.incidents;
