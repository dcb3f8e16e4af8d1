/** HTTP errors with their status and the reading of query parameters that names a bad one. */
package org.sijil.server.http;
