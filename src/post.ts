import * as core from "@actions/core"; import { parse } from "yaml"; core.info(JSON.stringify(parse("a: 1"))); 
