/** Rights now over HTTP: coercive practice events, their corrections and rates, each resident's legal status. */
package org.homeward.rights.api;
