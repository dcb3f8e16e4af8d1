/**
 * Multiple-systems estimation: how many people the lists together have missed, from capture
 * patterns, with log-linear models averaged by an information criterion, strata and covariates, and
 * multiple imputation of missing variables.
 */
package org.sijil.core.estimate;
