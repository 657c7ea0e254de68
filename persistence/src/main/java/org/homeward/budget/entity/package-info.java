/** Budgets and the double-funding model: the transition cost model's inputs per institution and its scenarios. */
package org.homeward.budget.entity;
