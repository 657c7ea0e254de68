/** Quality-of-life checks with the person before the move and about one and two years after it, side by side. */
package org.homeward.qol.boundary;
