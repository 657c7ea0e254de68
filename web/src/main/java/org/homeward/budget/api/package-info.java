/** REST resources for the double-funding model: inputs, projection (JSON, CSV, XLSX), scenarios and their comparison. */
package org.homeward.budget.api;
