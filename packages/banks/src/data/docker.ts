import type { Bank } from "../types";

// Docker: o Docker Engine, o que é um container, isolamento e a comparação entre containers e máquinas virtuais.
export const dockerBank: Bank = {
  id: "docker",
  title: "Docker",
  language: "pt-BR",
  description:
    "O Docker Engine, o que é um container e como containers se comparam a máquinas virtuais.",
  questions: [
    {
      id: "docker-01",
      type: "multiple",
      prompt: "Quais afirmações sobre o Docker são verdadeiras?",
      options: [
        "O Docker Desktop também é open source",
        "O Docker Engine é open source (projeto Moby)",
        "O Docker Engine é escrito principalmente em Go",
        "O Docker ainda precisa do LXC instalado no host",
      ],
      correct: [1, 2],
      explanation:
        "O Docker Engine (Moby) é open source e escrito em Go, como dizem as anotações; já o Docker Desktop é um produto proprietário. E o Docker deixou de usar o LXC em 2014.",
      timeLimitSec: 30,
    },
    {
      id: "docker-02",
      type: "single",
      prompt: "Hoje, o que o Docker Engine usa por baixo dos panos para executar os containers?",
      options: [
        "O LXC (Linux Containers), que vem instalado no host",
        "O systemd-nspawn, o gerenciador de containers do systemd",
        "O Podman, que executa os containers sem daemon",
        "O containerd, que cria os containers com o runc",
      ],
      correct: [3],
      explanation:
        "O Docker nasceu sobre o LXC, como dizem as anotações, mas a 0.9 (2014) passou a usar a libcontainer, e o driver LXC saiu na 1.10 (2016). A libcontainer virou o runc, que o containerd usa.",
      timeLimitSec: 20,
      pointsMode: "double",
    },
    {
      id: "docker-03",
      type: "truefalse",
      prompt: "Containers são exclusivos do Linux: não existem containers Windows.",
      options: ["Verdadeiro", "Falso"],
      correct: [1],
      explanation:
        "As anotações dizem “somente Linux”, mas existem containers Windows, sobre um kernel Windows. Com isolamento de processo, a versão do Windows do host precisa ser compatível com a da imagem.",
      timeLimitSec: 20,
    },
    // Was docker-04, reframed (it asked who really creates the container; now what the CLI does): a changed question gets a new id, in the same place; docker-04 is retired.
    {
      id: "docker-24",
      type: "single",
      prompt: "Ao digitar `docker run nginx`, o que o comando `docker` (a CLI) faz?",
      options: [
        "Envia o pedido à API REST do daemon dockerd",
        "Cria o container ele mesmo",
        "Pede ao Docker Hub que rode o container na nuvem",
        "Inicia uma máquina virtual só para esse container",
      ],
      correct: [0],
      explanation:
        "O Docker é cliente–servidor: a CLI só chama a API REST do dockerd. O daemon baixa a imagem e entrega o container ao containerd, que o cria com o runc.",
      timeLimitSec: 20,
    },
    {
      id: "docker-05",
      type: "single",
      prompt: "Qual é a principal diferença entre um container e uma máquina virtual?",
      options: [
        "O container isola mais que a VM",
        "O container roda um SO completo, só que menor",
        "A VM tem kernel próprio; o container usa o do host",
        "Só a VM tem rede e sistema de arquivos isolados",
      ],
      correct: [2],
      explanation:
        "A VM roda um sistema completo, com kernel próprio. O container é um processo isolado no kernel do host, como dizem as anotações: mais leve, mas com isolamento mais fraco que o de uma VM.",
      timeLimitSec: 20,
    },
    {
      id: "docker-06",
      type: "single",
      prompt: "Como o Docker Desktop executa containers Linux em um Mac?",
      options: [
        "Traduz as chamadas de sistema Linux para o kernel do macOS",
        "Dentro de uma VM Linux leve, que fornece o kernel",
        "Cada imagem Linux traz um kernel, que roda no Mac",
        "Usa o kernel do macOS, que é compatível com o Linux",
      ],
      correct: [1],
      explanation:
        "O macOS tem o kernel XNU, não o Linux. O Docker Desktop roda uma VM Linux leve, e os containers usam o kernel dela; no Windows, a VM fica no WSL 2 ou no Hyper-V.",
      timeLimitSec: 30,
    },
    {
      id: "docker-07",
      type: "truefalse",
      prompt:
        "Um container Linux precisa de um kernel Linux para rodar, seja o do host, seja o de uma VM.",
      options: ["Verdadeiro", "Falso"],
      correct: [0],
      explanation:
        "Container não traz kernel: Linux pede kernel Linux (no Mac, o de uma VM), e Windows, kernel Windows. Container não “simula” sistemas, como dizem as anotações, e não existem containers macOS.",
      timeLimitSec: 20,
    },
    {
      id: "docker-08",
      type: "truefalse",
      prompt:
        "Com o Docker Engine no Linux e o runtime padrão (runc), cada container roda o seu próprio kernel, como uma máquina virtual leve.",
      options: ["Verdadeiro", "Falso"],
      correct: [1],
      explanation:
        "Com o runc, todos os containers usam o kernel do host, como dizem as anotações. Há exceções fora do padrão: o isolamento Hyper-V (Windows) e o Kata Containers dão a cada um uma VM com kernel.",
      // A long statement to read before judging it.
      timeLimitSec: 30,
    },
    {
      id: "docker-09",
      type: "single",
      prompt:
        "As anotações descrevem o container como “algo entre um chroot e uma VM”. Por quê?",
      options: [
        "Isola mais que um chroot, mas usa o kernel do host",
        "É um chroot com kernel próprio, mais leve que uma VM",
        "Tem o isolamento de uma VM com o custo de um chroot",
        "Usa o chroot para os arquivos e uma VM para a rede",
      ],
      correct: [0],
      explanation:
        "O chroot só troca a raiz dos arquivos; o container isola também processos e rede e limita recursos, mas no kernel do host. Sem userns-remap ou modo rootless, o root do container é root no host.",
      timeLimitSec: 30,
    },
    {
      id: "docker-10",
      type: "multiple",
      prompt: "Quais tipos de isolamento ou limite um container pode ter?",
      options: [
        "Rede própria (interfaces, IP e portas)",
        "Limites de memória e de CPU",
        "Módulos do kernel próprios, carregados só nele",
        "Lista de processos própria (PIDs)",
        "Nome de host (hostname) próprio",
      ],
      correct: [0, 1, 3, 4],
      explanation:
        "Namespaces dão ao container rede, PIDs, hostname e arquivos próprios, e cgroups limitam memória e CPU: os níveis de isolamento das anotações. Módulos são do kernel do host, de todos.",
      timeLimitSec: 40,
    },
    {
      id: "docker-11",
      type: "single",
      prompt: "Do ponto de vista do sistema host, o que é um container em execução?",
      options: [
        "Uma máquina virtual leve, com um kernel mínimo",
        "Um serviço oculto do dockerd",
        "Uma imagem descompactada em uma pasta do disco",
        "Um processo isolado do restante do sistema",
      ],
      correct: [3],
      explanation:
        "Como dizem as anotações, é um processo segregado: roda no kernel do host, isolado por namespaces e limitado por cgroups, sobre um sistema de arquivos montado a partir da imagem.",
      timeLimitSec: 20,
    },
    {
      id: "docker-12",
      type: "single",
      prompt: "Em qual projeto open source o Docker Engine é desenvolvido?",
      options: ["LXC", "Moby", "Kubernetes", "Podman"],
      correct: [1],
      explanation:
        "Desde 2017, o código aberto do Docker Engine fica no projeto Moby. O Kubernetes orquestra containers; Podman e LXC são outras ferramentas de containers, independentes do Docker.",
      timeLimitSec: 20,
    },
    {
      id: "docker-13",
      type: "single",
      prompt:
        "Dentro de um container, o processo principal costuma ter PID 1. Que recurso do kernel permite isso?",
      options: ["O cgroup de PIDs (pids.max)", "O chroot", "O namespace de PID", "As capabilities do root"],
      correct: [2],
      explanation:
        "O namespace de PID dá ao container uma numeração própria: lá dentro o processo principal é o PID 1; no host, tem outro PID. O cgroup pids só limita quantos processos ele pode criar.",
      timeLimitSec: 20,
    },
    // Was docker-14, reframed (a Dockerfile is not a way to drive the Engine): a changed question gets a new id, in the same place; docker-14 is retired.
    {
      id: "docker-25",
      type: "multiple",
      prompt:
        "As anotações citam CLI, API REST e Dockerfile como formas de usar o Docker Engine. Quais afirmações estão corretas?",
      options: [
        "Sem a CLI docker, não há como controlar o daemon",
        "A API REST só é acessível pela rede, nunca por socket",
        "A CLI docker é um cliente da API REST do daemon",
        "Um Dockerfile pode ser aplicado a um container em execução",
        "O Dockerfile é a receita que o docker build usa",
      ],
      correct: [2, 4],
      explanation:
        "A CLI e ferramentas como o Compose chamam a API REST do dockerd, em geral pelo socket /var/run/docker.sock. O Dockerfile não comanda o daemon: é a receita de imagem do docker build.",
      timeLimitSec: 40,
    },
    {
      id: "docker-15",
      type: "single",
      prompt: "Por que um container costuma iniciar em segundos, enquanto uma VM demora mais?",
      options: [
        "Não há kernel próprio para dar boot",
        "A imagem já fica na RAM",
        "O Docker mantém containers prontos em segundo plano",
        "Containers rodam direto no hardware, sem o kernel",
      ],
      correct: [0],
      explanation:
        "Iniciar um container é iniciar um processo isolado no kernel que já está rodando; a VM precisa dar boot em um sistema inteiro, com kernel próprio. A imagem é lida do disco, como qualquer programa.",
      timeLimitSec: 20,
    },
    {
      id: "docker-16",
      type: "single",
      prompt: "Que tipo de virtualização o Docker faz?",
      options: [
        "Virtualização completa, com hypervisor",
        "Emulação, como o QEMU faz com outras CPUs",
        "Simulação do hardware por software",
        "Virtualização no nível do sistema operacional",
      ],
      correct: [3],
      explanation:
        "As anotações falam em virtualização “baseada em software”, mas nada é simulado: é virtualização no nível do SO. O kernel do host é compartilhado, e cada container recebe uma visão isolada dele.",
      timeLimitSec: 20,
    },
    {
      id: "docker-17",
      type: "truefalse",
      prompt:
        "Com o Docker Engine instalado direto em um host Linux (sem o Docker Desktop), os processos de um container aparecem na lista de processos do host, por exemplo em `ps aux`.",
      options: ["Verdadeiro", "Falso"],
      correct: [0],
      explanation:
        "O container é um processo no mesmo kernel: o host o vê, com outro PID. Com o Docker Desktop, mesmo no Linux, os containers rodam numa VM e o `ps` do host não os mostra.",
      // A long statement with two conditions to read.
      timeLimitSec: 30,
    },
    // Polls and ordering questions come last, after the ids above, so every existing question keeps its
    // place in a game: the poll closes the class (a teacher who wants one to open it writes it in a copy).
    {
      id: "docker-18",
      type: "poll",
      prompt: "Para fechar: depois desta aula, o que você já consegue fazer com containers?",
      options: [
        "Ainda não me sinto seguro para rodar um container",
        "Consigo rodar um container com `docker run`",
        "Consigo escrever um `Dockerfile` simples",
        "Consigo explicar o que acontece por baixo: imagem, camadas, kernel compartilhado",
      ],
      correct: [],
      explanation:
        "Não há resposta certa. Das anotações, fica: o Docker é uma engine que administra containers, e o container é um processo isolado, criado a partir de uma imagem, no kernel do host.",
      timeLimitSec: 20,
    },
    {
      id: "docker-19",
      type: "ordering",
      prompt: "Uma aplicação vai rodar em um servidor. Em que ordem acontecem estas etapas?",
      options: [
        "Escrever o Dockerfile",
        "`docker build`: gerar a imagem",
        "`docker push`: enviar a imagem a um registry",
        "`docker run` no servidor: criar e iniciar o container",
      ],
      correct: [0, 1, 2, 3],
      explanation:
        "O Dockerfile traz as instruções; o build gera a imagem; o push a publica num registry; no servidor, o run a baixa se preciso e cria o container. A imagem não é o “arquivo com instruções”.",
      timeLimitSec: 45,
    },
    // Typed answers come after polls and ordering, for the same reason: every older question keeps its place.
    {
      id: "docker-20",
      type: "typeAnswer",
      prompt: "Qual comando lista os containers em execução?",
      // docker container ls is the command; ps and list are its aliases, and docker ps the short form.
      options: ["docker ps", "docker container ls", "docker container ps", "docker container list"],
      correct: [],
      explanation:
        "`docker ps` ou `docker container ls` (`ps` e `list` também valem) listam os containers que rodam; com `-a`, também os parados, que existem até o `docker rm`. Cada um é um processo isolado no host.",
      timeLimitSec: 30,
    },
    // Slides and sliders come after the typed answer, for the same reason: every older question keeps
    // its place in a game (and in the tests that play the banks by position). The slide opens this last
    // block: the stop it shows is what the first slider asks about.
    {
      id: "docker-21",
      type: "slide",
      prompt: "A vida de um container",
      options: [],
      correct: [],
      explanation:
        "```sh\ndocker run -d --name web nginx   # cria o container e o inicia\ndocker ps                        # em execução: aparece na lista\ndocker stop web                  # para: o processo termina, o container fica\ndocker ps -a                     # parado, ele continua existindo\ndocker start web                 # inicia de novo o mesmo container\ndocker rm web                    # remove o container (a imagem fica)\n```\n\nO `docker run` junta dois passos: `docker create`, que cria o container a partir da imagem, com a sua camada gravável (baixando a imagem do registry, se ela não estiver no host), e `docker start`, que inicia o processo principal.\n\nO `docker stop` pede ao processo que termine (sinal SIGTERM) e, se ele não terminar dentro de um prazo, força o fim (SIGKILL). Parado, o container não some: a camada gravável e a configuração ficam até o `docker rm`. A imagem continua no host e pode gerar outros containers; para apagá-la, é `docker image rm`.\n\nEnquanto roda, o container é o “processo segregado” das anotações: um processo isolado no kernel do host.",
      timeLimitSec: 20,
    },
    {
      id: "docker-22",
      type: "slider",
      prompt: "Depois do `docker stop`, quantos segundos o Docker espera, por padrão, antes de forçar (SIGKILL) o fim de um container Linux que não terminou sozinho?",
      options: [],
      correct: [],
      explanation:
        "São 10 s: o `docker stop` envia SIGTERM e, se o processo não terminar nesse prazo, SIGKILL, que não pode ser ignorado. O prazo muda com `docker stop -t`; containers Windows esperam 30 s.",
      timeLimitSec: 30,
      // Whole seconds up to a minute: 10 is the answer; 9 or 11 still earn part of the points.
      slider: { min: 0, max: 60, step: 1, answer: 10, tolerance: 0, unit: "segundos" },
    },
    {
      id: "docker-23",
      type: "slider",
      prompt: "Em que ano o Docker foi apresentado e teve o seu código aberto?",
      options: [],
      correct: [],
      explanation:
        "Em 2013, na PyCon, a dotCloud (depois Docker, Inc.) apresentou e abriu o Docker. Ele usava o LXC, daí o “baseado em LXC” das anotações; desde 2014 não usa: hoje, containerd e runc.",
      timeLimitSec: 30,
      // A year on a 25-year scale: only the exact year is right; a year off still earns part of the points.
      slider: { min: 2000, max: 2025, step: 1, answer: 2013, tolerance: 0, unit: "" },
    },
    // Newer questions (issue 12: topics of the class notes that had no question) come after the slides and
    // sliders, for the same reason: every older question keeps its place in a game.
    {
      id: "docker-26",
      type: "multiple",
      prompt: "O que as especificações da OCI (Open Container Initiative) padronizam?",
      options: [
        "Os comandos da CLI `docker` e as suas opções",
        "O formato das imagens (image spec)",
        "A orquestração em cluster, como no Kubernetes",
        "Como um runtime executa um container (runtime spec)",
        "Como registries distribuem imagens (distribution spec)",
      ],
      correct: [1, 3, 4],
      explanation:
        "A OCI (2015) padroniza imagem, runtime (o runc é a referência) e distribuição. CLI e orquestração ficam fora: por isso a imagem do `docker build` roda também no Podman e no Kubernetes.",
      // Five options, all to be judged: all-or-nothing takes longer than a single choice.
      timeLimitSec: 40,
    },
    {
      id: "docker-27",
      type: "single",
      prompt: "Onde um container Windows (de uma imagem baseada no Windows Server) pode rodar?",
      options: [
        "Em um host Linux, já que o Docker Engine é multiplataforma",
        "Em um host Windows, de uma versão compatível com a imagem",
        "Em qualquer host, pois a imagem traz o próprio kernel Windows",
        "Em um Mac, com o Docker Desktop, sobre o kernel do macOS",
      ],
      correct: [1],
      explanation:
        "O container usa o kernel do host, que precisa ser Windows, e não “somente Linux”. Com isolamento de processo, a versão do host deve ser compatível com a da imagem; com Hyper-V há mais folga.",
      timeLimitSec: 30,
    },
  ],
};
