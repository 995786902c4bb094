using Pkg

Pkg.status()
println("Registries: ", [r.name for r in Pkg.Registry.reachable_registries()])
try
    Pkg.instantiate(); println("instantiate: ok")
catch e
    println("instantiate failed: ", e)
end
println("Julia ", VERSION, ", depot ", first(DEPOT_PATH))
