/** Use case: link the register's records into persons ({@link org.sijil.app.link.LinkRegister}). */
package org.sijil.app.link;
