/**
 * The HTTP server (Javalin): how it runs ({@link org.sijil.server.ServerConfig}) and the app that
 * puts the API, the pages and the static assets together ({@link org.sijil.server.SijilServer}).
 */
package org.sijil.server;
