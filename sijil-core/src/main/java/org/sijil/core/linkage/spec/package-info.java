/**
 * A linkage model's specification as data: the comparisons and their levels, the blocking rules and
 * the training settings, with the default spec for casualty lists.
 */
package org.sijil.core.linkage.spec;
