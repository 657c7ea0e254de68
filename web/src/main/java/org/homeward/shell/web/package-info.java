/** The frame around every page: the menu by role, the language and direction, the home page per role. */
package org.homeward.shell.web;
