/** Implementation details of qms-json shared by its packages; not exported. */
package se.qms.json.internal;
