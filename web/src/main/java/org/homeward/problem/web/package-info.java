/** How the pages tell a person what went wrong: faces messages next to the fields, or the not-found page. */
package org.homeward.problem.web;
