/**
 * How people and scripts prove who they are: one Jakarta Security mechanism for the sign-in form
 * (a session), API bearer tokens and HTTP Basic (never a session), the sign-in and sign-out pages,
 * the security headers, the limits on what a request may hold, and the administration pages for users.
 */
package org.homeward.security.web;
