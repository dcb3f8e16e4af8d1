/** Use case: record a review decision ({@link org.sijil.app.review.RecordReviewDecision}). */
package org.sijil.app.review;
