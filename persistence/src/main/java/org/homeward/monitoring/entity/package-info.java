/** What monitoring keeps: how its figures are named in a country's DHIS2. */
package org.homeward.monitoring.entity;
