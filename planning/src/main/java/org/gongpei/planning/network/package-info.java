/** The county network exchange format (JSON records) shared by the datasets and the service import. */
package org.gongpei.planning.network;
