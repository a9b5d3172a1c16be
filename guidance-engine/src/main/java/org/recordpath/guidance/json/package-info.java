/** JSON of the profile and guidance contract (Jackson), shared by the CLI and the service. */
package org.recordpath.guidance.json;
