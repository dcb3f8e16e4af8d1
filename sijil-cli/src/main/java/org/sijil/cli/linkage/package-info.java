/**
 * The linkage commands: {@code sijil dedupe}, {@code link} (two files, or the register's releases
 * into persons), {@code evaluate}, {@code explain} and {@code review}, with the options they share.
 */
package org.sijil.cli.linkage;
