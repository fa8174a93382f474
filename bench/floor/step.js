// The floor: the least any toolkit action does (load @actions/core, set one output). The bench
// bundles this with the project's ncc settings and compares the action's steps against it.
import * as core from '@actions/core';

core.setOutput('floor', 'true');
