/** Rights now: coercive practice events and their corrections, each resident's voluntary or involuntary status. */
package org.homeward.rights.entity;
