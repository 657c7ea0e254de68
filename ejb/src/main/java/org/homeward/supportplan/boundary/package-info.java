/** A person's individualized support plan: writing it with them, agreeing it, reviewing it, its steps and review dates. */
package org.homeward.supportplan.boundary;
