/**
 * Use case: multiple-systems estimation over the register's linked persons ({@link
 * org.sijil.app.estimate.EstimateRegister}), with list membership and person variables folded from
 * the persons' records ({@link org.sijil.app.estimate.RegisterMembership}).
 */
package org.sijil.app.estimate;
