/** The demographic table that data teams publish with each release. */
package org.sijil.core.stats;
