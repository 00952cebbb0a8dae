/** Seeded synthetic demand: down parcels by carrier and up shipments of farm products. */
package org.gongpei.planning.demand;
