/**
 * Parsing the fields of a list as lists write them (ages, dates, sex, markers of "not known"), with
 * a blank or a problem instead of a guess, and the plausibility warnings of one record.
 */
package org.sijil.core.fields;
