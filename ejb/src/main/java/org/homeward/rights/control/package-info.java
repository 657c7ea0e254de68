/** Rights now: the repository of events and statuses, who may see an event, and the rates per 1,000 resident-days. */
package org.homeward.rights.control;
