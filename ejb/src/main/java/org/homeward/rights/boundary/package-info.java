/** Rights now: recording coercive practice and legal status, and the rates the committee and the ministry follow. */
package org.homeward.rights.boundary;
