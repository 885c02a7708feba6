/**
 * The JSON document format of qms (quality systems and rule sets), read strictly with every error
 * located by JSON pointer, written deterministically.
 */
package se.qms.json;
