/** Reading CSV text (RFC 4180) into records, shared by every CSV import. */
package org.gongpei.planning.csv;
