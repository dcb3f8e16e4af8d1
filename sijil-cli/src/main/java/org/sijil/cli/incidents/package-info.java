/** {@code sijil incidents}: import, list, show, suggest, link and grade; dossiers. Edges only. */
package org.sijil.cli.incidents;
