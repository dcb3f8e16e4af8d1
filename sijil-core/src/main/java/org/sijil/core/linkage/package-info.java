/**
 * The linkage engine: unsupervised Fellegi–Sunter record linkage over one list (dedupe) or two
 * (link). A {@link org.sijil.core.linkage.Linker} job builds compact feature columns, finds
 * candidate pairs with blocking rules, trains the model with EM (u estimated from random pairs),
 * scores pairs, and clusters them without chaining; every match can be explained as a match-weight
 * waterfall. Specs and fitted models are separate values, saved as one JSON document.
 */
package org.sijil.core.linkage;
