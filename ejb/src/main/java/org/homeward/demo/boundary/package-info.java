/** The small demonstration data set that {@code --demo} loads into an empty database. */
package org.homeward.demo.boundary;
