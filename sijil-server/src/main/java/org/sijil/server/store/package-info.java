/**
 * The server over a register file: the published snapshot as the server's view model ({@link
 * org.sijil.server.store.RegisterLoader}), links explained on demand, web imports, review decisions
 * and users through the application's use cases ({@link org.sijil.server.store.RegisterSite}).
 */
package org.sijil.server.store;
