/** Use cases for budgets and the double-funding model: the model's inputs, its projection and scenarios. */
package org.homeward.budget.boundary;
