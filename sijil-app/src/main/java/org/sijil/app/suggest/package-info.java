/**
 * Use case: readers suggest corrections to a person; analysts read them. A suggestion is stored
 * with who sent it and when, and never changes the register by itself.
 */
package org.sijil.app.suggest;
