/** Small geometry helpers for the dataset generators: datum conversion, local projection, rings. */
package org.gongpei.planning.geo;
