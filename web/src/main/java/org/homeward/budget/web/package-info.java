/** JSF views of the double-funding model: inputs, projection chart, scenarios and their comparison, exports. */
package org.homeward.budget.web;
