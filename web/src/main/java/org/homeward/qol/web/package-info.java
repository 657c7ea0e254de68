/** The page of a person's quality-of-life checks: recording one, and the ratings side by side. */
package org.homeward.qol.web;
