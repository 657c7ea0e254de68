/**
 * Institutions being closed: the registry entry (code, type, ownership, where it is, its beds and
 * residents), its units or wards with their planned closure dates, and its status from operating to
 * repurposed.
 */
package org.homeward.institution.entity;
