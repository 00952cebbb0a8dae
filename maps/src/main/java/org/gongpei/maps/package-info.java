/** Road network: OpenStreetMap import, vehicle profiles, snapping, distance and time matrices. */
package org.gongpei.maps;
