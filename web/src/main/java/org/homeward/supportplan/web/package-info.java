/** The page where the support plan is written with the person, agreed and reviewed. */
package org.homeward.supportplan.web;
