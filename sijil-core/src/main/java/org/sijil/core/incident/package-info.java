/**
 * Incidents and grades as values: an incident (when, where, what, who is said to be responsible and
 * how sure that is, how many were killed and injured, its sources), the victims linked to it, and
 * the rules that grade a person's status ({@link org.sijil.core.incident.PersonGrading}) and an
 * attribution ({@link org.sijil.core.incident.AttributionGrade#suggest}). Pure: no I/O.
 */
package org.sijil.core.incident;
