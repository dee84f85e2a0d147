from typing import Any, Dict, List, Optional, Union
from dataclasses import dataclass, field, asdict
import json

@dataclass
class DatabaseConfig:
    host: str = "localhost"
    port: int = 5432
    user: Optional[str] = None

@dataclass
class AppConfig:
    name: str
    debug: bool = False
    db: DatabaseConfig = field(default_factory=DatabaseConfig)
    features: List[str] = field(default_factory=list)

def parse(raw: Dict[str, Any]) -> AppConfig:
    db = DatabaseConfig(**raw.get("db", {}))
    return AppConfig(name=raw["name"], debug=raw.get("debug", False), db=db, features=raw.get("features", []))

def validate(cfg: AppConfig) -> List[str]:
    problems: List[str] = []
    if not 0 < cfg.db.port < 65536:
        problems.append(f"bad port {cfg.db.port}")
    if cfg.debug and "profiling" in cfg.features:
        problems.append("profiling in debug mode")
    return problems

def coerce(v: str) -> Union[int, bool, str]:
    if v.isdigit():
        return int(v)
    if v.lower() in ("true", "false"):
        return v.lower() == "true"
    return v

raw = json.loads('{"name": "svc", "debug": true, "db": {"port": 70000, "user": "app"}, "features": ["profiling", "cache"]}')
cfg = parse(raw)
print(cfg)
print(validate(cfg))
print(json.dumps(asdict(cfg), indent=2))
print([coerce(v) for v in ["42", "True", "name", "007"]])
