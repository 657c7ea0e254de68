/** The person's own view of their life, asked before the move and about one and two years after it. */
package org.homeward.qol.entity;
