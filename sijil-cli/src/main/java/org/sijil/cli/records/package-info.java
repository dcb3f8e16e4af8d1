/** The {@code sijil records correct|remove} commands: an analyst's logged record corrections. */
package org.sijil.cli.records;
